"""A small schema shaped like the backend's, so the pure adapter modules are tested without it."""

from __future__ import annotations

from pathlib import Path

from graphql import GraphQLSchema, build_schema

from mcp_adapter.catalog import Catalog, load_sources

TOY_SDL = """
scalar Date
scalar DateTime
scalar Decimal
scalar JSON

"How urgent a task is."
enum Priority { LOW MEDIUM HIGH }

"Narrows a task list."
input TaskFilter {
  priority: Priority
  dueBefore: Date
  "Free text matched against titles."
  query: String
  labels: [String!]
  depth: Int! = 1
  window: Window
}

input Window { from: Date!, to: Date! }

input Node { name: String!, children: [Node!] }

type User { id: ID!, displayName: String! }

type Task {
  id: ID!
  title: String!
  "First day of work."
  startDate: Date
  dueDate: Date
  priority: Priority!
  estimateMinutes: Int
  createdAt: DateTime!
  rate: Decimal
  meta: JSON
  score: Float
  done: Boolean!
  assignees: [User!]!
  parent: Task
  tags: [String]
}

type TaskList { items: [Task!]!, nextCursor: String, totalCount: Int! }
type UserError { code: String!, field: String, message: String! }
type TaskPayload { result: Task, errors: [UserError!]! }

type Query {
  tasksList(
    "Only tasks of this Space."
    projectId: ID
    limit: Int = 50
    cursor: String
    filter: TaskFilter
  ): TaskList!
  tasksGet("The task's id or key." taskId: ID!): Task!
  tasksCurrent: Task
  tasksAll: [Task!]!
  tasksHello: String
  tasksTree(root: Node): TaskList!
}

type Mutation {
  tasksCreate(
    projectId: ID!
    title: String!
    priority: Priority = MEDIUM
    startDate: Date
    dueDate: Date
    rate: Decimal
    labels: [String!]
  ): TaskPayload!
  tasksDelete(taskId: ID!): TaskPayload!
  tasksUnassign(taskId: ID!, userId: ID!): TaskPayload!
  tasksArchive(taskId: ID!): TaskPayload!
}

type Subscription { tasksCreated: Task! }
"""

TOY_SCHEMA: GraphQLSchema = build_schema(TOY_SDL)

LIST = """
"List tasks."
query tasks_list($project_id: ID, $limit: Int = 50, $cursor: String) @mcp(title: "List tasks") {
  tasksList(projectId: $project_id, limit: $limit, cursor: $cursor) {
    items { id title startDate }
    nextCursor
    totalCount
  }
}
"""

CREATE = """
"Create a task in a Space."
mutation tasks_create(
  $project_id: ID!
  "Task title"
  $title: String!
  $priority: Priority = MEDIUM
  $start_date: Date
  $due_date: Date
) @mcp(title: "Create task", destructive: false) {
  tasksCreate(
    projectId: $project_id
    title: $title
    priority: $priority
    startDate: $start_date
    dueDate: $due_date
  ) {
    result { id title startDate dueDate priority }
    errors { code field message }
  }
}
"""


def load(text: str, filename: str = "tasks.graphql") -> Catalog:
    return load_sources(TOY_SCHEMA, [(Path(filename), text)])
