# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# Sourced, not executed.

AAC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

aac_say() { printf '==> %s\n' "$*" >&2; }
aac_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs every package of scripts/packages.txt that is not installed yet.
aac_install_deps() {
    local missing=() pkg
    while read -r pkg; do
        pkg="${pkg%%#*}"; pkg="${pkg//[[:space:]]/}"
        [ -n "$pkg" ] || continue
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done < "$AAC_ROOT/scripts/packages.txt"
    [ ${#missing[@]} -eq 0 ] && return 0

    aac_say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || aac_die "not root and no sudo: install these packages first: ${missing[*]}"
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine has empty package lists; an up-to-date one answers this quickly.
    "${sudo[@]}" apt-get update -qq || aac_say "apt-get update failed; trying the install anyway"
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || aac_die "apt-get install failed for: ${missing[*]}"
}

# aac_build DIR [extra cmake args...]: configures and builds DIR with Ninja. The arguments are
# applied every time (cmake keeps what is not passed), so a directory first configured by
# scripts/run still gets scripts/test's -DAAC_WERROR=ON.
aac_build() {
    local dir="$1"; shift
    local launcher=() generator=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    [ -f "$dir/build.ninja" ] || generator=(-G Ninja)
    aac_say "configuring $dir"
    cmake -S "$AAC_ROOT" -B "$dir" "${generator[@]}" "${launcher[@]}" "$@" >/dev/null \
        || aac_die "cmake configure failed in $dir"
    aac_say "building $dir"
    cmake --build "$dir" -- -k 0 >"$dir/build.log" 2>&1 || {
        grep -E 'error|Error|FAILED' -A3 "$dir/build.log" | head -60 >&2
        aac_die "build failed in $dir (full log: $dir/build.log)"
    }
}
