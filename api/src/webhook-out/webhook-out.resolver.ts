import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import type { WebhookDeliveryService } from './webhook-delivery.service.js';
import type { WebhookEndpointService } from './webhook-endpoint.service.js';
import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveriesArgs,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookEndpoint,
} from './webhook-out.types.js';

@Resolver()
export class WebhookOutResolver {
  constructor(
    private readonly endpoints: WebhookEndpointService,
    private readonly deliveries: WebhookDeliveryService,
  ) {}

  @Query(() => [WebhookEndpoint], { description: "The workspace's webhook endpoints, oldest first, never their secrets (admin keys only)" })
  webhookEndpoints(@Ctx() ctx: RequestContext): Promise<WebhookEndpoint[]> {
    return this.endpoints.list(ctx);
  }

  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's delivery log, newest first (admin keys only)" })
  webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
  ): Promise<WebhookDeliveryConnection> {
    return this.deliveries.list(ctx, args);
  }

  @Mutation(() => CreatedWebhookEndpoint, {
    description:
      'Sends the chosen events to the URL, signed per Standard Webhooks (docs/webhooks.md); the secret is shown only in this answer. ' +
      'At most 20 per workspace (WEBHOOK_ENDPOINT_LIMIT); ' +
      'INVALID_WEBHOOK_URL for a URL that is not https or resolves to a private address. ' +
      'Admin keys only',
  })
  createWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
  ): Promise<CreatedWebhookEndpoint> {
    return this.endpoints.create(ctx, input);
  }

  @Mutation(() => WebhookEndpoint, { description: 'Changes the URL, events, description or enabled state (admin keys only)' })
  updateWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpoint> {
    return this.endpoints.update(ctx, input);
  }

  @Mutation(() => WebhookEndpoint, { description: 'Deletes the endpoint and its delivery log; answers what it was (admin keys only)' })
  deleteWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<WebhookEndpoint> {
    return this.endpoints.delete(ctx, id);
  }

  @Mutation(() => WebhookDelivery, {
    description:
      "Sends a delivery's event to its endpoint again, as a new delivery after the endpoint's queue, same webhook-id (admin keys only)",
  })
  replayWebhookDelivery(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<WebhookDelivery> {
    return this.deliveries.replay(ctx, id);
  }
}
