#!/usr/bin/env bash
# Installs Vigil as Pandora FMS's pandora_tf_anomaly server plugin:
#   BIN        the vigil binary to install
#   PREFIX     where it goes ($PREFIX/bin/vigil; default /usr/local)
#   PLUGIN_DIR where the pandora_tf_anomaly command goes (default /usr/share/pandora_server/util/plugin)
# The command is a two-line wrapper, so Pandora's plugin definition keeps calling pandora_tf_anomaly
# with the original flags.
set -euo pipefail

bin=${1:?usage: install-pandora-plugin.sh VIGIL_BINARY [PREFIX] [PLUGIN_DIR]}
prefix=${2:-/usr/local}
plugin_dir=${3:-/usr/share/pandora_server/util/plugin}

install -d "$prefix/bin" "$plugin_dir"
install -m 0755 "$bin" "$prefix/bin/vigil"
cat > "$plugin_dir/pandora_tf_anomaly" <<WRAPPER
#!/bin/sh
exec "$prefix/bin/vigil" pandora-tf-anomaly "\$@"
WRAPPER
chmod 0755 "$plugin_dir/pandora_tf_anomaly"
echo "installed $prefix/bin/vigil and $plugin_dir/pandora_tf_anomaly"
