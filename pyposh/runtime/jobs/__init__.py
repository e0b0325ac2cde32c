"""Background jobs on threads: the job table and its Job objects, running a job in a runspace of its own, and
each runspace's job manager."""
