# helpdesk area
