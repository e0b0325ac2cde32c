"""Static members of .NET types (`[math]::Round`, `[string]::Join`, `[enum]::GetNames` ...)."""
