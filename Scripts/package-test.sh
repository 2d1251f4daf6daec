#!/usr/bin/env bash
# Installs the Debian package into a clean Debian of this machine's release and uses it there, as a township office would:
#
#   Scripts/package-test.sh PACKAGE.deb
#
# The clean system is a minimal Debian made by debootstrap in a temporary folder and entered with chroot (not
# `dpkg --root`/`--instdir`: those unpack the files but install no dependency, so they would not show a missing Depends).
# Inside it: `apt-get install --no-install-recommends ./tuixuan_….deb` (only the declared dependencies come in), then
# `tuixuan --help`, the README's first session run line by line exactly as written, `tuixuan doctor` on the bare system,
# the previous release's database opened with the installed program, the man pages and completions in place, and
# `apt-get remove` leaving nothing behind. Needs root (chroot, mount) and Debian's mirror (the same one apt uses here).
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:?usage: Scripts/package-test.sh PACKAGE.deb}
[ -f "$deb" ] || { echo "package-test: no package at $deb" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "package-test: needs root (debootstrap, chroot)" >&2; exit 1; }
if ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null
fi

. /etc/os-release
suite=${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)
mirror=${mirror:-http://deb.debian.org/debian}
root=$(mktemp -d /tmp/tuixuan-package-test.XXXXXX)
chmod 0755 "$root"   # the new system's / : an ordinary user must be able to enter it
cleanup() {
  umount "$root/dev/pts" 2>/dev/null || true
  umount "$root/proc" 2>/dev/null || true
  # Never delete through a mount that is still there.
  if grep -q " $root/" /proc/mounts; then echo "package-test: $root still has mounts; left in place" >&2; else rm -rf "$root"; fi
}
trap cleanup EXIT

echo "== debootstrap --variant=minbase $suite ($mirror)"
debootstrap --variant=minbase "$suite" "$root" "$mirror" > "$root.debootstrap.log" 2>&1 \
  || { tail -20 "$root.debootstrap.log"; echo "package-test: debootstrap failed" >&2; exit 1; }
rm -f "$root.debootstrap.log"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount -t devpts devpts "$root/dev/pts"
# apt's download sandbox user cannot read this temporary tree: it downloads as root here.
echo 'APT::Sandbox::User "root";' > "$root/etc/apt/apt.conf.d/99sandbox"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

echo "== apt-get install --no-install-recommends ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" > /dev/null
in_root dpkg -s tuixuan | sed -n 's/^\(Version\|Depends\|Recommends\): /  \1: /p'

echo "== tuixuan --help, --version"
in_root tuixuan --help | head -n 3
in_root tuixuan --version

echo "== what the package puts where"
for file in /usr/bin/tuixuan /usr/share/man/man1/tuixuan.1.gz /usr/share/man/man1/tuixuan.doctor.1.gz \
            /usr/share/man/zh_CN/man1/tuixuan.1.gz /usr/share/man/zh_CN/man1/tuixuan.round.enter.1.gz \
            /usr/share/bash-completion/completions/tuixuan /usr/share/zsh/vendor-completions/_tuixuan \
            /usr/share/fish/vendor_completions.d/tuixuan.fish /usr/share/doc/tuixuan/guide.zh.md /usr/share/doc/tuixuan/copyright; do
  [ -s "$root$file" ] || { echo "package-test: $file is not installed" >&2; exit 1; }
done
echo "  $(in_root dpkg -L tuixuan | grep -c '\.1\.gz$') man pages, 3 completions, the guides"
# The Chinese page says what the Chinese help says.
zcat "$root/usr/share/man/zh_CN/man1/tuixuan.doctor.1.gz" | sed 's/\\://g' | grep '检查运行环境' >/dev/null || { echo "package-test: the Chinese man page is not Chinese" >&2; exit 1; }
zcat "$root/usr/share/man/man1/tuixuan.doctor.1.gz" | grep 'check the environment' >/dev/null || { echo "package-test: the English man page is not English" >&2; exit 1; }
# bash completion loads and completes a subcommand.
in_root bash -c 'source /usr/share/bash-completion/completions/tuixuan && complete -p tuixuan >/dev/null \
  && COMP_WORDS=(tuixuan doc) COMP_CWORD=1 && COMP_LINE="tuixuan doc" && COMP_POINT=11 && $(complete -p tuixuan | sed "s/.*-F \([^ ]*\).*/\1/") tuixuan doc tuixuan \
  && printf "%s\n" "${COMPREPLY[@]}" | grep -qx doctor' || { echo "package-test: bash completion does not complete doctor" >&2; exit 1; }
echo "  bash completes 'tuixuan doc' to doctor"

echo "== the README's first session, as written, as a user (not root) in a new folder"
awk '/^## A first session/{f=1} f&&/^```sh$/{b=1; next} b&&/^```$/{exit} b{print}' README.md > "$root/tmp/first-session.sh"
[ -s "$root/tmp/first-session.sh" ] || { echo "package-test: no first session found in README.md" >&2; exit 1; }
in_root useradd --create-home office
sed 's/^/  $ /' "$root/tmp/first-session.sh"
# One shell runs the lines in order (cd and export carry over), stopping at the first that fails.
chroot "$root" /usr/bin/env -i HOME=/home/office PATH=/usr/bin:/bin LANG=C.UTF-8 TUIXUAN_PASSPHRASE="first session passphrase" \
  su office -s /bin/bash -c "cd /home/office && set -e -o pipefail && source /tmp/first-session.sh" > "$root/tmp/session.log" 2>&1 \
  || { tail -30 "$root/tmp/session.log"; echo "package-test: the README's first session failed" >&2; exit 1; }
grep -q '核验通过' "$root/tmp/session.log" || { tail -30 "$root/tmp/session.log"; echo "package-test: the first session's audit did not verify" >&2; exit 1; }
grep -A12 '环境检查' "$root/tmp/session.log" | sed 's/^/  /'

echo "== the earlier releases' databases, opened by the installed program"
for fixture in Tests/TuixuanCLITests/Fixtures/release-*/; do
  release=$(basename "$fixture")
  gzip -dc "$fixture/demo.sqlite.gz" > "$root/tmp/$release.sqlite"
  # Outputs are read whole before they are searched (grep -q would close the pipe early, and pipefail take that for a failure).
  doctor=$(in_root tuixuan doctor --db "/tmp/$release.sqlite" --json || true)
  for check in database schema audit; do
    printf '%s\n' "$doctor" | grep -A2 "\"check\" : \"$check\"" | grep '"status" : "\(ok\|warning\)"' >/dev/null \
      || { printf '%s\n' "$doctor"; echo "package-test: the doctor's $check check fails on the $release database" >&2; exit 1; }
  done
  status=$(in_root tuixuan status -e 330521001001 --db "/tmp/$release.sqlite" --json)
  printf '%s\n' "$status" | grep '"done" : 32' >/dev/null || { echo "package-test: the $release database does not show its finished election" >&2; exit 1; }
  echo "  $release: the doctor passes it; status shows 32 of 32 steps done"
  in_root tuixuan audit verify --db "/tmp/$release.sqlite" | sed 's/^/  /'
done

echo "== zsh and fish read their completions"
in_root apt-get install -y -qq --no-install-recommends zsh fish > /dev/null
in_root zsh -n /usr/share/zsh/vendor-completions/_tuixuan || { echo "package-test: zsh cannot read _tuixuan" >&2; exit 1; }
in_root fish --no-execute /usr/share/fish/vendor_completions.d/tuixuan.fish || { echo "package-test: fish cannot read tuixuan.fish" >&2; exit 1; }
in_root fish -c 'complete --do-complete "tuixuan doc"' | grep '^doctor' >/dev/null || { echo "package-test: fish does not complete doctor" >&2; exit 1; }
echo "  zsh and fish read them; fish completes 'tuixuan doc' to doctor"

echo "== apt-get remove"
in_root apt-get remove -y -qq tuixuan > /dev/null
[ ! -e "$root/usr/bin/tuixuan" ] && [ ! -e "$root/usr/share/man/man1/tuixuan.1.gz" ] || { echo "package-test: files left after remove" >&2; exit 1; }
echo "== package test passed"
