import CMariaDB

/// The memory behind a prepared statement's `MYSQL_BIND`s: parameter values, result buffers, and the
/// length, `NULL` and truncation flags the client library writes. Freed with the object, so it must
/// outlive the statement's execution and fetches.
final class MariaDBBindings {
    /// Bytes a text column gets before a longer value is fetched again with ``MariaDBConnection``'s
    /// `mysql_stmt_fetch_column`.
    static let textCapacity = 256

    private var blocks: [UnsafeMutableRawPointer] = []

    deinit {
        for block in blocks { block.deallocate() }
    }

    /// A bind that sends `value` as a parameter.
    func parameter(_ value: MariaDBValue) -> MYSQL_BIND {
        var bind = MYSQL_BIND()
        switch value {
        case .null:
            bind.buffer_type = MYSQL_TYPE_NULL
        case .integer(let number):
            bind.buffer_type = MYSQL_TYPE_LONGLONG
            bind.buffer = store(number)
        case .double(let number):
            bind.buffer_type = MYSQL_TYPE_DOUBLE
            bind.buffer = store(number)
        case .text(let string):
            let bytes = Array(string.utf8)
            let buffer = allocate(byteCount: bytes.count)
            buffer.copyMemory(from: bytes, byteCount: bytes.count)
            bind.buffer_type = MYSQL_TYPE_STRING
            bind.buffer = buffer
            bind.buffer_length = UInt(bytes.count)
        }
        return bind
    }

    /// A bind that receives one result column as `kind`, with its own length, `NULL` and error flags.
    func result(_ kind: MariaDBValue.Kind) -> MYSQL_BIND {
        var bind = MYSQL_BIND()
        switch kind {
        case .integer:
            bind.buffer_type = MYSQL_TYPE_LONGLONG
            bind.buffer = allocate(byteCount: MemoryLayout<Int64>.size)
        case .double:
            bind.buffer_type = MYSQL_TYPE_DOUBLE
            bind.buffer = allocate(byteCount: MemoryLayout<Double>.size)
        case .text:
            bind.buffer_type = MYSQL_TYPE_STRING
            bind.buffer = allocate(byteCount: Self.textCapacity)
            bind.buffer_length = UInt(Self.textCapacity)
        }
        bind.length = allocate(byteCount: MemoryLayout<UInt>.size).bindMemory(to: UInt.self, capacity: 1)
        bind.is_null = allocate(byteCount: 1).bindMemory(to: my_bool.self, capacity: 1)
        bind.error = allocate(byteCount: 1).bindMemory(to: my_bool.self, capacity: 1)
        return bind
    }

    /// A zeroed block that lives as long as these bindings.
    private func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        let block = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: 8)
        block.initializeMemory(as: UInt8.self, repeating: 0, count: max(byteCount, 1))
        blocks.append(block)
        return block
    }

    /// A block holding `value`.
    private func store<T: BitwiseCopyable>(_ value: T) -> UnsafeMutableRawPointer {
        let block = allocate(byteCount: MemoryLayout<T>.size)
        block.storeBytes(of: value, as: T.self)
        return block
    }
}
