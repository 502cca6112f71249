"""Benchmarks of praksis at national scale: a knowledge-base generator and the benchmark script."""
