"""What commands do: the built-in cmdlets, formatting, providers and paths, jobs, hosts, and the session that
assembles a Runspace with them (see docs/architecture.md)."""
