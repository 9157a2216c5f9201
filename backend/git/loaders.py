"""Git relations, batched per request."""

from __future__ import annotations

from backend.core.loaders import ids_by
from backend.git.models import GitCommitTask

task_ids_by_commit = ids_by(GitCommitTask, key="commit_id", value="task_id")
