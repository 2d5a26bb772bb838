#!/usr/bin/zsh -f
# Drives zsh's completion system in a pseudo-terminal (zsh/zpty) and prints
# the matches it offers, one per line.
#   zsh_complete.zsh SCRIPT 'words typed so far'
# SCRIPT is sourced after compinit (as a user's ~/.zshrc would); compadd is
# wrapped to print every match it is given before passing them on.
zmodload zsh/zpty || exit 2
zpty z zsh -f -i
zpty -w z "PROMPT='' RPROMPT=''"
zpty -w z "autoload -U compinit; compinit -u -D"
zpty -w z "source ${(q)1}"
zpty -w z 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  local -a __hits
  builtin compadd -A __hits "$@"
  local h; for h in $__hits; do print -r -- "HIT:$h"; done
  builtin compadd "$@"
}'
zpty -w z "zstyle ':completion:*' list-prompt ''"
zpty -w z "zstyle ':completion:*' menu no"
zpty -w z "print READY"
zpty -r z line '*READY*'
zpty -r z line '*READY*'
zpty -n -w z "$2"$'\t'
# Ctrl-U clears the completed line, so the marker runs alone.
zpty -n -w z $'\x15'
# The marker's echo reads DONE$((6*7)); only its output reads DONE42.
zpty -w z 'print DONE$((6*7))'
local out
zpty -r z out '*DONE42*'
print -r -- "$out" | tr -d '\r' | grep -o 'HIT:[^[:space:]]*' | sort -u | sed 's/^HIT://'
zpty -d z
