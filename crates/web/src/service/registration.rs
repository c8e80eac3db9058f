//! Registration ("Keep your account secure"): proving and removing methods.
