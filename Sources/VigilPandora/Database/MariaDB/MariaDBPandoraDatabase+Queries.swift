extension MariaDBPandoraDatabase {
    /// Agents whose stored name or alias is the requested name, in its encoded (`safe_input`) or
    /// plain form (`specs/pandora.md` §2.4 Q1, without its filters: ``PandoraDatabase/agent(named:)``
    /// chooses, so that a disabled or ambiguous match gets its own message).
    static let agentQuery = """
        SELECT id_agente, nombre, alias, id_grupo, intervalo, direccion, disabled
        FROM tagente
        WHERE nombre IN (?, ?) OR alias IN (?, ?)
        ORDER BY id_agente
        """
    static let agentColumns: [MariaDBValue.Kind] = [.integer, .text, .text, .integer, .integer, .text, .integer]

    /// Every module of an agent with its type's name (§2.4 Q2, without its filters:
    /// ``PandoraDatabase/modules(of:named:)`` leaves modules out with a reason).
    static let moduleQuery = """
        SELECT m.id_agente_modulo, m.nombre, m.id_tipo_modulo, t.nombre, m.unit, m.module_interval, m.disabled, m.delete_pending
        FROM tagente_modulo m
        LEFT JOIN ttipo_modulo t ON t.id_tipo = m.id_tipo_modulo
        WHERE m.id_agente = ?
        ORDER BY m.id_agente_modulo
        """
    static let moduleColumns: [MariaDBValue.Kind] = [.integer, .text, .integer, .text, .text, .integer, .integer, .integer]

    /// A module's rows inside the window `(start, end]`, oldest first (§2.4 Q3).
    static let historyQuery = """
        SELECT utimestamp, datos
        FROM tagente_datos
        WHERE id_agente_modulo = ? AND utimestamp > ? AND utimestamp <= ? AND datos IS NOT NULL
        ORDER BY utimestamp ASC
        """

    /// The value in force when the window opens: the newest row at or before `start` (§2.4 Q4).
    static let valueBeforeWindowQuery = """
        SELECT utimestamp, datos
        FROM tagente_datos
        WHERE id_agente_modulo = ? AND utimestamp <= ? AND datos IS NOT NULL
        ORDER BY utimestamp DESC
        LIMIT 1
        """
}
