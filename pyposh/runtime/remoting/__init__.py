"""Remoting over SSH: PowerShell's remoting protocol (PSRP, through psrpcore) in its OutOfProc framing, carried by
a paramiko channel on the client and by stdin/stdout in the `pyposh -sshs` server; PSSessions and the remote
jobs of Invoke-Command -AsJob. paramiko and psrpcore load only when a script first uses remoting."""
