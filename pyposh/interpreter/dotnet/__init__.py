"""The .NET surface scripts see: the member adapter and registry, types' members and static members."""
