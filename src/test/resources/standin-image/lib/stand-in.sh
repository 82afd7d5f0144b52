# Sourced by every long-running stand-in. A shell as a container's PID 1 ignores TERM unless it traps it,
# and `docker stop` would then wait its whole 10 s grace period; so trap it, and sleep in the background,
# because the trap runs only once `wait` returns.
trap 'exit 143' TERM INT

pause() {
    sleep "$1" &
    wait $!
}

idle_until_stopped() {
    pause inf
}
