import NIOCore

/// Turns the idle event of an `IdleStateHandler` placed before it into an error, so the client's
/// pending read or write fails with ``TentacleIdleHandler/Idle``.
final class TentacleIdleHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    /// No byte moved in either direction for the client's patience.
    struct Idle: Error {}

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.fireErrorCaught(Idle())
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
