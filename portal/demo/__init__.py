"""Demo content: the seed guidance page and the site around it, loaded by load_demo_content."""
