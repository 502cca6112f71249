"""praksis: the shared professional practice of a child-welfare authority, as a knowledge base."""
