"""Classic event logs on Linux, for Get-EventLog: `System` read from the system journal (else syslog files, else the
kernel log), and `Windows PowerShell` (also `PowerShell`), the log pyposh's own engine writes, as pwsh's does on
Windows. Entries come newest first and are read as they are asked for."""
