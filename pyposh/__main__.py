"""`python -m pyposh`: the same as the `pyposh` command."""
import sys

from pyposh.cli import main

sys.exit(main())
