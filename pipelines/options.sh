# Sourced by the launchers in pipelines/*/run.sh.
# merge_options FILE [ARG...] sets the array "args": FILE's key=value lines as --key=value, then the
# command line's arguments; an option given on the command line replaces the file's, option by option.
merge_options() {
  local file="$1"
  shift
  local -A given=()
  local arg key value
  for arg in "$@"; do
    key="${arg#--}"
    given["${key%%=*}"]=1
  done
  args=()
  while IFS='=' read -r key value; do
    [[ -z "$key" || "$key" == \#* ]] && continue
    [[ -n "${given[$key]:-}" ]] && continue
    args+=("--$key=$value")
  done < "$file"
  args+=("$@")
}
