"""Session state: execution context, scopes and variables, error records and the flow of errors."""
