"""GraphQL documents the backend tests send, in one place."""

WHOAMI = "query { whoami { user { id email } organization { id name } role permissions tokenName tokenExpiresAt } }"

PROJECTS_CREATE = """
mutation($name: String!, $key: String, $visibility: Visibility! = OPEN) {
  projectsCreate(name: $name, key: $key, visibility: $visibility) {
    result { id key name visibility archived }
    errors { code field message }
  }
}"""

PROJECTS_LIST = """
query($limit: Int! = 50, $cursor: String, $includeArchived: Boolean! = false) {
  projectsList(limit: $limit, cursor: $cursor, includeArchived: $includeArchived) {
    items { id key name } nextCursor totalCount
  }
}"""

TASKS_CREATE = """
mutation($projectId: ID!, $title: String!, $startDate: Date, $dueDate: Date, $assigneeIds: [ID!]) {
  tasksCreate(projectId: $projectId, title: $title, startDate: $startDate, dueDate: $dueDate, assigneeIds: $assigneeIds) {
    result { id key number title startDate dueDate status { name } assignees { id } }
    errors { code field message }
  }
}"""

TASKS_GET = "query($taskId: ID!) { tasksGet(taskId: $taskId) { id key title } }"

EVENTS = """
subscription($types: [EventType!], $projectId: ID) {
  events(types: $types, projectId: $projectId) { type entityType entityId projectId actorId occurredAt }
}"""
