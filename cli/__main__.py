"""`python -m cli` is the same as the `footprint` command."""
from cli.app import main

main()
