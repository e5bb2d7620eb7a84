import NIOCore

/// Splits the server's byte stream into reply lines (without the `\n`; a `\r` before it is dropped).
///
/// Replies are short (`SEND OK`, `SEND ERR (file already exists)`); a line longer than
/// ``maximumLength`` bytes means the peer is not a Tentacle server and ends the connection.
struct TentacleReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    /// The longest reply accepted (the real server reads commands in blocks of 1024 bytes).
    static let maximumLength = 1024

    /// Thrown when no line break comes within ``maximumLength`` bytes.
    struct LineTooLong: Error, CustomStringConvertible {
        var description: String { "a reply longer than \(TentacleReplyDecoder.maximumLength) bytes (not a Tentacle server?)" }
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maximumLength { throw LineTooLong() }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex
        guard length <= Self.maximumLength, var line = buffer.readString(length: length) else { throw LineTooLong() }
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}
