"""Evaluation tasks: ``crossbearing eval TASK``. Each module registers its tasks."""
