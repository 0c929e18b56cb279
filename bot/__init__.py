"""WhatsApp I/O: webhooks, conversations, commands, message texts, transports and the outbox."""
