"""One builder per content area: each makes what is missing from its data file."""
