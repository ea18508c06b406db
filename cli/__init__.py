"""footprint's command line (Typer, thin) and the user-level operations it calls: scan, re-render, verify, purge, demo."""
