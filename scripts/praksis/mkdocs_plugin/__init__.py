"""The thin adapter between the praksis core and MkDocs (the only module that imports mkdocs)."""
