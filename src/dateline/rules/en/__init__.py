"""English rules, one module per family."""
