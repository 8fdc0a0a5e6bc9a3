import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type ASTVisitor,
  type FieldNode,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface ListCostOptions {
  maxCost: number;
  /** Shown in the message outside production. */
  exposeLimits: boolean;
  /**
   * The request's variables, when known (WebSocket and SSE validate each request; Apollo caches its
   * validation per document, so HTTP checks again with them in variableCostPlugin). Unknown: a
   * variable `first` counts as 1 here.
   */
  variables?: Readonly<Record<string, unknown>>;
}

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;

/**
 * graphql-armor's cost formula (object 2, scalar 1, children x1.5 per level, fragments flattened),
 * with every field that takes `first` multiplied by the page it asks for: a literal, the request's
 * variable, the variable's default, or else the argument's schema default. Armor's own rule only
 * reads literals, so `first: $n` was free.
 */
export function listCostRule(options: ListCostOptions) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = rootType(context, operation);
      const cost = root ? selectionCost(context, operation, root, operation.selectionSet, options.variables, new Set()) : 0;
      if (cost > options.maxCost) {
        const message = options.exposeLimits
          ? `Query cost limit of ${options.maxCost} exceeded, found ${Math.round(cost)}.`
          : 'Query cost limit exceeded.';
        context.reportError(new GraphQLError(message, { nodes: [operation] }));
      }
    },
  });
}

function rootType(context: ValidationContext, operation: OperationDefinitionNode): GraphQLNamedType | null | undefined {
  const schema = context.getSchema();
  return operation.operation === 'query'
    ? schema.getQueryType()
    : operation.operation === 'mutation'
      ? schema.getMutationType()
      : schema.getSubscriptionType();
}

function selectionCost(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  variables: Readonly<Record<string, unknown>> | undefined,
  fragments: Set<string>,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(context, operation, type, selection, variables, fragments);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : type;
      cost += selectionCost(context, operation, on ?? type, selection.selectionSet, variables, fragments);
    } else {
      const fragment = context.getFragment(selection.name.value);
      if (!fragment || fragments.has(fragment.name.value)) continue; // cycles are reported by NoFragmentCycles
      const on = context.getSchema().getType(fragment.typeCondition.name.value) ?? type;
      fragments.add(fragment.name.value);
      cost += selectionCost(context, operation, on, fragment.selectionSet, variables, fragments);
      fragments.delete(fragment.name.value);
    }
  }
  return cost;
}

function fieldCost(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  parent: GraphQLNamedType,
  field: FieldNode,
  variables: Readonly<Record<string, unknown>> | undefined,
  fragments: Set<string>,
): number {
  if (field.name.value.startsWith('__')) return 0; // introspection and __typename
  if (!field.selectionSet) return SCALAR_COST;
  const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
  const type = definition ? getNamedType(definition.type) : parent;
  const children = selectionCost(context, operation, type, field.selectionSet, variables, fragments);
  return (OBJECT_COST + DEPTH_FACTOR * children) * pageOf(operation, field, definition?.args, variables);
}

/** The `first` a field asks for; 1 for fields without one. */
function pageOf(
  operation: OperationDefinitionNode,
  field: FieldNode,
  args: readonly { name: string; defaultValue?: unknown }[] | undefined,
  variables: Readonly<Record<string, unknown>> | undefined,
): number {
  const argument = field.arguments?.find((a) => a.name.value === 'first');
  let value: unknown = args?.find((a) => a.name === 'first')?.defaultValue;
  if (argument?.value.kind === Kind.VARIABLE) {
    if (!variables) return 1;
    const name = argument.value.name.value;
    const declared = operation.variableDefinitions?.find((v) => v.variable.name.value === name)?.defaultValue;
    value = variables[name] ?? (declared ? valueFromASTUntyped(declared) : value);
  } else if (argument) {
    value = valueFromASTUntyped(argument.value);
  }
  const page = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(page) && page > 1 ? page : 1;
}
