"""Root fields built from service functions: each argument is declared once, in the service.

A service's keyword-only parameters after `principal` are the field's GraphQL arguments, with
their defaults and their `Doc` descriptions (backend.core.arguments); `Id` becomes ID. The
resolver calls the service with the caller's principal and converts the result:

    labels_create = mutation(service.create_label, Label, description="...")
    labels_list = connection(service.list_labels, Label, description="...")
    members_get = query(service.get_member, Member, description="...")

Parameters bound with functools.partial are fixed, not arguments. Results convert with the
type's `from_model` (element-wise for `list[T]`; None stays None for `T | None`).

An argument with `Bounds` (backend.core.arguments) is refused with INVALID before the service
runs when it is longer, and its description states the limit; input types declare the bounds
of their fields with `bounded_field`. `schema_bounds` collects every one by schema coordinate,
for adapters that declare them (maxLength / maxItems).
"""

from __future__ import annotations

import inspect
import keyword
import operator
import types
from collections.abc import Awaitable, Callable, Sequence
from functools import partial, reduce
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin, get_type_hints

import strawberry
from graphql import GraphQLInputObjectType, GraphQLObjectType, GraphQLSchema
from strawberry.schema.schema_converter import GraphQLCoreConverter

from backend.core.arguments import Bounds, Doc
from backend.core.errors import Invalid
from backend.core.graphql_types import Connection, Payload
from backend.core.ids import IsId
from backend.core.resolvers import AppInfo, as_connection, as_payload, principal
from backend.core.validation import TEXT_LENGTH

Service = Callable[..., Awaitable[Any]]
Convert = Callable[[Any], Any]

# Core value type → (GraphQL input type, conversion of a GraphQL input to the core value).
_INPUTS: dict[object, tuple[type, Convert]] = {}


# Where strawberry keeps our Bounds: the argument's (or input field's) metadata.
_BOUNDS = "trcr.bounds"
_BACKREF = GraphQLCoreConverter.DEFINITION_BACKREF
M = TypeVar("M")

TOO_MANY_ITEMS = "TOO_MANY_ITEMS"


def register_input(core_type: type, input_type: type, to_core: Convert) -> None:
    """Let services take `core_type`: GraphQL shows `input_type`, converted with `to_core`."""
    _INPUTS[core_type] = (input_type, to_core)


def bounded_field(bounds: Bounds, *, description: str, **kwargs: Any) -> Any:
    """An input type's field with bounds: checked like an argument's, its limit described."""
    return strawberry.field(
        description=f"{description} {bounds.describe()}", metadata={_BOUNDS: bounds}, **kwargs
    )


def check_bounds(name: str, value: object, bounds: Bounds) -> None:
    problem = bounds.problem(name, value)
    if problem is not None:
        reason = TEXT_LENGTH if isinstance(value, str) else TOO_MANY_ITEMS
        raise Invalid(problem, field=name, reason=reason)


def schema_bounds(schema: GraphQLSchema) -> dict[str, Bounds]:
    """Every declared bound by schema coordinate: `Mutation.tasksCreate(title:)` for an
    argument, `RecurrenceRuleInput.weekdays` for an input field."""
    found: dict[str, Bounds] = {}
    for type_ in schema.type_map.values():
        if isinstance(type_, GraphQLObjectType):
            for field_name, field in type_.fields.items():
                for arg_name, arg in field.args.items():
                    bounds = _metadata_bounds(arg.extensions)
                    if bounds is not None:
                        found[f"{type_.name}.{field_name}({arg_name}:)"] = bounds
        elif isinstance(type_, GraphQLInputObjectType):
            for field_name, input_field in type_.fields.items():
                bounds = _metadata_bounds(input_field.extensions)
                if bounds is not None:
                    found[f"{type_.name}.{field_name}"] = bounds
    return found


def _metadata_bounds(extensions: dict[str, Any] | None) -> Bounds | None:
    definition = (extensions or {}).get(_BACKREF)
    bounds = getattr(definition, "metadata", None) or {}
    found = bounds.get(_BOUNDS)
    return found if isinstance(found, Bounds) else None


def _field_bounds(input_type: type) -> dict[str, Bounds]:
    """An input type's bounded fields, by Python attribute name."""
    definition = getattr(input_type, "__strawberry_definition__", None)
    found: dict[str, Bounds] = {}
    for field in getattr(definition, "fields", ()):
        bounds = (field.metadata or {}).get(_BOUNDS)
        if isinstance(bounds, Bounds):
            found[field.python_name] = bounds
    return found


def query(service: Service, returns: Any, *, description: str) -> Any:
    """A Query field returning the service's result as `returns`."""
    to_type = _converter(returns)

    async def wrap(call: Awaitable[Any]) -> Any:
        return to_type(await call)

    return strawberry.field(resolver=_resolver(service, returns, wrap), description=description)


def connection(service: Service, item: Any, *, description: str) -> Any:
    """A Query field returning the service's Page as `Connection[item]`."""
    to_item = _converter(item)

    async def wrap(call: Awaitable[Any]) -> Any:
        return as_connection(await call, to_item)

    return strawberry.field(
        resolver=_resolver(service, Connection[item], wrap), description=description
    )


def mutation(service: Service, returns: Any, *, description: str) -> Any:
    """A Mutation field: the service's result as `Payload[returns]`, expected failures as errors."""
    to_type = _converter(returns)

    async def wrap(call: Awaitable[Any]) -> Any:
        return await as_payload(call, to_type)

    return strawberry.mutation(
        resolver=_resolver(service, Payload[returns], wrap), description=description
    )


def _resolver(
    service: Service, returns: Any, wrap: Callable[[Awaitable[Any]], Awaitable[Any]]
) -> Any:
    target, fixed = (
        (service.func, service.keywords) if isinstance(service, partial) else (service, {})
    )
    where = f"{target.__module__}.{target.__qualname__}"
    hints = get_type_hints(target, include_extras=True)
    first, *rest = inspect.signature(target).parameters.values()
    if first.name != "principal":
        raise TypeError(f"{where}: a root field's service takes the principal first")
    arguments = [inspect.Parameter("info", inspect.Parameter.KEYWORD_ONLY, annotation=AppInfo)]
    to_core: dict[str, Convert] = {}
    limits: dict[str, Bounds] = {}
    input_limits: dict[str, dict[str, Bounds]] = {}
    for parameter in rest:
        if parameter.name in fixed:
            continue
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            raise TypeError(f"{where}: argument {parameter.name} must be keyword-only")
        hint = hints[parameter.name]
        doc = _doc(hint)
        if doc is None:
            raise TypeError(f"{where}: argument {parameter.name} needs Annotated[..., Doc(...)]")
        name = parameter.name.removesuffix("_")
        bounds = _marker(hint, Bounds)
        description = doc.text
        if bounds is not None:
            limits[parameter.name] = bounds
            description = f"{description} {bounds.describe()}"
        argument = strawberry.argument(
            description=description,
            name=name if name != parameter.name and keyword.iskeyword(name) else None,
            metadata={_BOUNDS: bounds} if bounds is not None else None,
        )
        arguments.append(parameter.replace(annotation=Annotated[_graphql(hint), argument]))
        convert = _INPUTS.get(_bare(hint))
        if convert is not None:
            to_core[parameter.name] = convert[1]
            if fields := _field_bounds(convert[0]):
                input_limits[parameter.name] = fields
        elif (element := _list_element(_bare(hint))) in _INPUTS:
            to_core[parameter.name] = partial(_each, _INPUTS[element][1])

    async def call(acting: Any, kwargs: dict[str, Any]) -> Any:
        # Inside the awaited call, so a mutation answers INVALID in its payload like the service.
        for name, bounds in limits.items():
            check_bounds(name.removesuffix("_"), kwargs.get(name), bounds)
        for name, fields in input_limits.items():
            given = kwargs.get(name)
            for attribute, bounds in fields.items():
                check_bounds(f"{name}.{attribute}", getattr(given, attribute, None), bounds)
        for name, convert in to_core.items():
            if kwargs.get(name) is not None:
                kwargs[name] = convert(kwargs[name])
        return await service(acting, **kwargs)

    async def resolve(info: AppInfo, **kwargs: Any) -> Any:
        return await wrap(call(principal(info), kwargs))

    # Named after the service it calls, so tracebacks and the domain-name test point there.
    resolve.__module__, resolve.__name__ = target.__module__, target.__name__
    resolve.__qualname__ = target.__qualname__
    resolve.__signature__ = inspect.Signature(arguments, return_annotation=returns)  # type: ignore[attr-defined]
    return resolve


def _list_element(hint: object) -> object:
    """T of `list[T]` / `Sequence[T]` (its Doc stripped); None for anything else."""
    if get_origin(hint) in (list, Sequence):
        return _strip(get_args(hint)[0])
    return None


def _each(convert: Convert, values: Any) -> list[Any]:
    return [convert(value) for value in values]


def _is_union(hint: object) -> bool:
    return get_origin(hint) in (Union, types.UnionType)


def _doc(hint: object) -> Doc | None:
    """The Doc of `Annotated[T, Doc(...)]`, also when the Annotated is one member of a union."""
    return _marker(hint, Doc)


def _marker(hint: object, kind: type[M]) -> M | None:
    """The `kind` in `Annotated[T, ...]`'s metadata, also when the Annotated is a union member."""
    if get_origin(hint) is Annotated:
        return next((m for m in hint.__metadata__ if isinstance(m, kind)), None)  # type: ignore[attr-defined]
    if _is_union(hint):
        return next((m for arg in get_args(hint) if (m := _marker(arg, kind)) is not None), None)
    return None


def _strip(hint: Any) -> Any:
    return get_args(hint)[0] if get_origin(hint) is Annotated else hint


def _bare(hint: Any) -> object:
    """The type without its Doc and without `| None`."""
    hint = _strip(hint)
    if _is_union(hint):
        members = [_strip(arg) for arg in get_args(hint) if arg is not type(None)]
        return members[0] if len(members) == 1 else hint
    return hint


def _graphql(hint: Any) -> Any:
    """The GraphQL-side annotation of a core one: Id → ID, sequences → lists, inputs mapped."""
    if get_origin(hint) is Annotated and any(isinstance(m, IsId) for m in hint.__metadata__):
        return strawberry.ID
    hint = _strip(hint)
    if hint in _INPUTS:
        return _INPUTS[hint][0]
    origin = get_origin(hint)
    if _is_union(hint):
        return reduce(operator.or_, (_graphql(arg) for arg in get_args(hint)))
    if origin in (list, Sequence):
        return list[_graphql(get_args(hint)[0])]  # type: ignore[misc]
    return hint


def _converter(returns: Any) -> Convert:
    """Row → GraphQL value for `T`, `list[T]` and `T | None`, T having `from_model`."""
    if get_origin(returns) is list:
        each = _converter(get_args(returns)[0])
        return lambda rows: [each(row) for row in rows]
    if _is_union(returns):
        (inner,) = (arg for arg in get_args(returns) if arg is not type(None))
        one = _converter(inner)
        return lambda row: None if row is None else one(row)
    from_model: Convert = returns.from_model
    return from_model
