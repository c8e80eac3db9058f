//! Users and groups: the administrative operations of the portal, the API and the CLI.
