namespace MessageBus;

public class BaseMessage
{
    public long Id { get; set; }
    public DateTime MessageCreated { get; set; }
}

public interface IMessageBus
{
    Task PublishMessage(BaseMessage message, string queueName);
}
