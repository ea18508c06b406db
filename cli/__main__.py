"""`python -m footprint.cli` is the same as the `footprint` command."""
from footprint.cli.app import main

main()
