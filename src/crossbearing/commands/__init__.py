"""Extra CLI command groups: each module defines ``register(cli)``; cli.py loads them all."""
