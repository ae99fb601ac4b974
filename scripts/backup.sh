#!/usr/bin/env bash
# Backup and point-in-time restore of the embedded PostgreSQL cluster with its key folders (docs/decisions/ADR-0020).
#   backup.sh backup                    base backup (pg_basebackup) + keys/ + secrets/ + dataprotection-kek.pfx into $TDKT_DATA/backups/<UTC time>/
#   backup.sh restore --to "YYYY-MM-DD HH:MM[:SS]"   (Vietnam time unless an offset is given) from the newest base
#                                       backup taken before that time, replaying the WAL archive up to it.
# WAL archiving is on for the embedded cluster (the app starts it with archive_mode=on into $TDKT_DATA/pg/wal-archive).
# Restore needs the app stopped; the current data folder is kept beside it as pg/data.before-restore-<time>.
# An external database (ConnectionStrings__Tdkt) is backed up with pg_dump instead: see README "Sao lưu và phục hồi".
set -euo pipefail
DATA=${TDKT_DATA:?TDKT_DATA is required}
PORT=${TDKT_PG_PORT:-55433}
PGROOT="$DATA/pg"
PGDATA="$PGROOT/data"
ARCHIVE="$PGROOT/wal-archive"
BACKUPS="$DATA/backups"
BIN=${TDKT_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
export PGPASSWORD; PGPASSWORD=$(cat "$DATA/pg-password")

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
running() { as_pg "$BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; }
start_pg() {
  as_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$PGROOT/server.log" -w -t 120 -o "-p $PORT -k $PGROOT -c listen_addresses=127.0.0.1 -c wal_level=replica -c archive_mode=on -c archive_timeout=60 -c archive_command='test ! -f $ARCHIVE/%f && cp %p $ARCHIVE/%f'" start >/dev/null
}
stop_pg() { as_pg "$BIN/pg_ctl" -D "$PGDATA" -m fast -w -t 120 stop >/dev/null; }
sql() { "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U tdkt -d "${2:-tdkt}" -XAtqc "$1"; }

case "${1:-}" in
  backup)
    started=0
    if ! running; then start_pg; started=1; fi
    stamp=$(date -u +%Y%m%dT%H%M%SZ)
    dest="$BACKUPS/$stamp"
    mkdir -p "$dest"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dest"
    as_pg env PGPASSWORD="$PGPASSWORD" "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PORT" -U tdkt -D "$dest/base" -Ft -z -X stream -c fast
    for d in keys secrets; do [ -d "$DATA/$d" ] && cp -a "$DATA/$d" "$dest/$d"; done
    # The certificate that decrypts the database key ring (ADR-0026): without it no CCCD decrypts after a restore.
    [ -f "$DATA/dataprotection-kek.pfx" ] && cp -a "$DATA/dataprotection-kek.pfx" "$dest/"
    cp -a "$DATA/pg-password" "$dest/pg-password"
    # The audit chain's head, kept outside the database (ADR-0020).
    sql "SELECT seq || ' ' || hash FROM audit_chain_head" > "$dest/audit-chain-head.txt" 2>/dev/null || true
    sql "SELECT pg_switch_wal()" postgres >/dev/null || true
    date -u +"%Y-%m-%d %H:%M:%S+00" > "$dest/taken-at"
    [ "$started" = 1 ] && stop_pg
    echo "Đã sao lưu vào $dest"
    ;;
  restore)
    [ "${2:-}" = "--to" ] && [ -n "${3:-}" ] || { echo "Dùng: ./run restore --to \"2026-12-01 10:00\"" >&2; exit 64; }
    target=$3
    [[ "$target" =~ [+-][0-9]{2}(:?[0-9]{2})?$|Z$ ]] || target="$target+07"
    target_epoch=$(date -u -d "$target" +%s) || { echo "Thời điểm \"$3\" không hợp lệ." >&2; exit 64; }
    chosen=""
    for b in $(ls -1 "$BACKUPS" 2>/dev/null | sort); do
      taken=$(date -u -d "$(cat "$BACKUPS/$b/taken-at")" +%s)
      [ "$taken" -le "$target_epoch" ] && chosen=$b
    done
    [ -n "$chosen" ] || { echo "Không có bản sao lưu nào trước thời điểm $3." >&2; exit 65; }
    if running; then stop_pg; fi
    keep="$PGROOT/data.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
    mv "$PGDATA" "$keep"
    mkdir -p "$PGDATA"
    tar -xzf "$BACKUPS/$chosen/base/base.tar.gz" -C "$PGDATA"
    tar -xzf "$BACKUPS/$chosen/base/pg_wal.tar.gz" -C "$PGDATA/pg_wal"
    # WAL not yet archived when the app stopped is in the old data folder: offer it to the replay too.
    cp -n "$keep"/pg_wal/0000* "$ARCHIVE"/ 2>/dev/null || true
    cat >> "$PGDATA/postgresql.auto.conf" <<CONF
restore_command = 'cp $ARCHIVE/%f %p'
recovery_target_time = '$target'
recovery_target_action = 'promote'
CONF
    touch "$PGDATA/recovery.signal"
    for d in keys secrets; do
      if [ -d "$BACKUPS/$chosen/$d" ]; then
        [ -d "$DATA/$d" ] && mv "$DATA/$d" "$keep.$d"
        cp -a "$BACKUPS/$chosen/$d" "$DATA/$d"
      fi
    done
    if [ -f "$BACKUPS/$chosen/dataprotection-kek.pfx" ]; then
      [ -f "$DATA/dataprotection-kek.pfx" ] && mv "$DATA/dataprotection-kek.pfx" "$keep.dataprotection-kek.pfx"
      cp -a "$BACKUPS/$chosen/dataprotection-kek.pfx" "$DATA/"
    fi
    chmod 700 "$PGDATA"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$PGDATA" "$ARCHIVE"
    start_pg
    for _ in $(seq 1 240); do
      [ "$(sql 'SELECT pg_is_in_recovery()' postgres 2>/dev/null)" = "f" ] && break
      sleep 0.5
    done
    [ "$(sql 'SELECT pg_is_in_recovery()' postgres)" = "f" ] || { echo "Phục hồi chưa xong; xem $PGROOT/server.log" >&2; exit 1; }
    sed -i '/^restore_command\|^recovery_target_time\|^recovery_target_action/d' "$PGDATA/postgresql.auto.conf"
    stop_pg
    echo "Đã phục hồi dữ liệu đến $3 từ bản sao lưu $chosen. Dữ liệu cũ giữ tại $keep."
    ;;
  *)
    echo "Dùng: ./run backup | ./run restore --to \"YYYY-MM-DD HH:MM\"" >&2; exit 64 ;;
esac
