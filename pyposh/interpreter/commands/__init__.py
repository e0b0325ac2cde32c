"""Commands: cmdlet metadata, the binder, the command table, processors, script blocks, programs."""
