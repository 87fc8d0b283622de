"""Demo content: the words in content/*.toml, the builders that make pages from them."""
