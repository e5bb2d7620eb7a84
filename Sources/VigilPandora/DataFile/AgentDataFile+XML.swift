extension AgentDataFile {
    /// The root attributes that are set, in the order Pandora's plugin libraries write them.
    var rootAttributes: [(name: String, value: String)] {
        let attributes: [(String, String?)] = [
            ("agent_name", agentName),
            ("agent_alias", agentAlias),
            ("parent_agent_name", parentAgentName),
            ("description", description),
            ("version", version),
            ("os_name", osName),
            ("os_version", osVersion),
            ("timestamp", timestamp?.attributeValue),
            ("timezone_offset", timezoneOffset.map(String.init)),
            ("address", address),
            ("group", group),
            ("interval", interval.map(String.init)),
            ("agent_mode", agentMode.map { String($0.rawValue) }),
        ]
        return attributes.compactMap { name, value in value.map { (name, $0) } }
    }

    /// The file's text, exactly as the Data Server expects it.
    ///
    /// A UTF-8 declaration with single quotes, the root `<agent_data>` with its attributes in single
    /// quotes (escaped), one `<module>` per module with tab-indented children; `<type>` is plain text
    /// and the other children are CDATA sections (a `]]>` inside is split across two sections).
    /// Characters XML 1.0 cannot carry (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF) are
    /// replaced by U+FFFD.
    ///
    /// ```xml
    /// <?xml version='1.0' encoding='UTF-8'?>
    /// <agent_data agent_name='web01' group='Servers' interval='300'>
    /// <module>
    /// 	<name><![CDATA[CPU Load.TF.ANOMALY]]></name>
    /// 	<type>generic_proc</type>
    /// 	<data><![CDATA[1]]></data>
    /// 	<description><![CDATA[Reconstruction error: 0.00331 / 0.03574]]></description>
    /// </module>
    /// </agent_data>
    /// ```
    public var xml: String {
        var text = "<?xml version='1.0' encoding='UTF-8'?>\n<agent_data"
        for (name, value) in rootAttributes {
            text += " \(name)='\(XMLEscaping.attribute(value))'"
        }
        text += ">\n"
        for module in modules {
            text += "<module>\n"
            text += "\t<name>\(XMLEscaping.cdata(module.name))</name>\n"
            text += "\t<type>\(XMLEscaping.text(module.type.rawValue))</type>\n"
            text += "\t<data>\(XMLEscaping.cdata(module.data))</data>\n"
            if let description = module.description {
                text += "\t<description>\(XMLEscaping.cdata(description))</description>\n"
            }
            if let unit = module.unit {
                text += "\t<unit>\(XMLEscaping.cdata(unit))</unit>\n"
            }
            text += "</module>\n"
        }
        text += "</agent_data>\n"
        return text
    }

    /// Checks what the Data Server requires before it accepts a file: a non-empty agent name and a
    /// non-empty name for every module.
    /// - Throws: ``DataFileError/missingAgentName`` or ``DataFileError/missingModuleName(index:)``.
    public func validate() throws(DataFileError) {
        if agentName.isEmpty { throw .missingAgentName }
        if let index = modules.firstIndex(where: { $0.name.isEmpty }) {
            throw .missingModuleName(index: index)
        }
    }
}
