# Sourced by the bench scripts. sign_in BASE USER [PASSWORD]: signs in to Kindred at BASE through the login form
# (with its CSRF token) as USER, the demo password by default, and prints the session cookie ("SESSION=...", or
# JSESSIONID on builds older than sessions in PostgreSQL); prints why and fails when the sign-in is refused.
sign_in() {
  local base=$1 user=$2 password=${3:-kindred-demo-2026} jar csrf next cookie
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  next=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' -X POST "$base/login" \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf")
  cookie=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$jar" | tail -1)
  rm -f "$jar"
  # A refused sign-in goes back to /login?error (or ?unavailable), keeping the session the form was shown in.
  case $next in *"/login?"*) cookie= ;; esac
  [ -n "$cookie" ] || { echo "could not sign in as $user at $base" >&2; return 1; }
  echo "$cookie"
}

# open_page BASE USER PATH: signs in as USER and GETs PATH once into a temporary file, saying its status and size
# ("check: GET PATH -> 200, 51234 bytes") so that a broken page is seen before it is loaded; sets cookie and page.
open_page() {
  cookie=$(sign_in "$1" "$2")
  page=$(mktemp)
  curl -s -b "$cookie" "$1$3" -o "$page" -w "check: GET $3 -> %{http_code}, %{size_download} bytes\n"
}
