#!/bin/sh
# Makes the factory certificates' key material of fgsim's scenarios (docs/fortios-6.0.md §4.8.1) and
# prints it as the TypeScript module src/device/scenarios/factory-certificates.ts. Run once, at
# authoring time, with the openssl CLI (3.0); the device never runs it, and the module it wrote is
# committed as data, so every run of fgsim has the same text. Running it again makes other keys
# (openssl draws them at random): only do so to change the certificates, and commit the new module.
#
#   sh scripts/factory-certificates.sh > src/device/scenarios/factory-certificates.ts
#   npx prettier --write src/device/scenarios/factory-certificates.ts
#
# Per unit (the 60E's and the 3000D's serial number), as a 6.0.6 40F's backup has them: two CA
# certificates the SSL inspection signs with (subject `OU=Certificate Authority`, `CN=<serial>` and
# `CN=Fortinet Untrusted CA`, `basicConstraints CA:TRUE`, ten years), and the unit's own two
# (`OU=FortiGate`, `CN=<serial>`, `basicConstraints CA:FALSE`), here signed by a stand-in issuer named
# as Fortinet's (`CN=support`) whose key is thrown away. RSA 2048 each; each private key PKCS#8,
# encrypted (PBES2: PBKDF2 with hmacWithSHA256, 2048 rounds, DES-EDE3-CBC, the 40F's own form) with
# the row's password.
set -eu
umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# When the unit made its certificates: the 60E's 6.0.4 was installed on 2019-01-10 (the scenario's
# clock is 2019-01-15 09:30 UTC); `last-updated` prints the same moment in seconds.
start=20190110081427Z
ca_end=20290111081427Z
unit_end=20380119031407Z
last_updated=1547108067

cat > ca.cnf <<'EOF'
[ ca ]
default_ca = fgsim
[ fgsim ]
dir = .
database = index.txt
serial = serial
new_certs_dir = .
default_md = sha256
policy = any
unique_subject = no
email_in_dn = yes
copy_extensions = none
[ any ]
countryName = optional
stateOrProvinceName = optional
localityName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
emailAddress = optional
[ ca_ext ]
basicConstraints = CA:TRUE
[ unit_ext ]
basicConstraints = CA:FALSE
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = x
EOF

subject() { # <OU> <CN>
  printf '/C=US/ST=California/L=Sunnyvale/O=Fortinet/OU=%s/CN=%s/emailAddress=support@fortinet.com' "$1" "$2"
}

serialhex() { openssl rand -hex 8 | sed 's/^[89a-f]/7/'; }

# sign <name> <subject> <ext> <end> <issuer cert|self> <issuer key>
sign() {
  : > index.txt
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1.key" 2>/dev/null
  openssl req -new -key "$1.key" -subj "$2" -out "$1.csr" -config ca.cnf
  serialhex > serial
  if [ "$5" = self ]; then
    openssl ca -batch -config ca.cnf -selfsign -keyfile "$1.key" -in "$1.csr" -out "$1.pem" \
      -extensions "$3" -startdate "$start" -enddate "$4" -notext -preserveDN 2>/dev/null
  else
    openssl ca -batch -config ca.cnf -cert "$5" -keyfile "$6" -in "$1.csr" -out "$1.pem" \
      -extensions "$3" -startdate "$start" -enddate "$4" -notext -preserveDN 2>/dev/null
  fi
}

echo '/**'
echo ' * The factory certificates of the scenarios'"'"' units, with their key material: for each serial number,'
echo ' * the `vpn certificate local` rows'"'"' PEM certificate, PEM private key (encrypted with the row'"'"'s'
echo ' * password) and that password. Made once by scripts/factory-certificates.sh (the openssl CLI) and'
echo ' * kept as data, so the device stays deterministic; docs/fortios-6.0.md §4.8.1 says how and why.'
echo ' * Generated: do not edit by hand.'
echo ' */'
echo ''
echo '/** One factory row'"'"'s key material. */'
echo 'export interface FactoryCertificate {'
echo '  password: string;'
echo '  privateKey: string;'
echo '  certificate: string;'
echo '}'
echo ''
echo '/** `last-updated` of every factory row: when the unit made them (2019-01-10 08:14:27 UTC). */'
echo "export const FACTORY_CERTIFICATES_UPDATED = $last_updated;"
echo ''
echo '/** serial number → row name → key material. */'
echo 'export const FACTORY_CERTIFICATES: Record<string, Record<string, FactoryCertificate>> = {'
for serial in FGT60E4Q17000000 FGT3KD3Z17000000; do
  sign support "$(subject 'Certificate Authority' support)" ca_ext "$unit_end" self self
  echo "  $serial: {"
  for name in Fortinet_CA_SSL Fortinet_CA_Untrusted Fortinet_Factory Fortinet_Factory_Backup; do
    case $name in
      Fortinet_CA_SSL) sign "$name" "$(subject 'Certificate Authority' "$serial")" ca_ext "$ca_end" self self ;;
      Fortinet_CA_Untrusted) sign "$name" "$(subject 'Certificate Authority' 'Fortinet Untrusted CA')" ca_ext "$ca_end" self self ;;
      *) sign "$name" "$(subject FortiGate "$serial")" unit_ext "$unit_end" support.pem support.key ;;
    esac
    password=$(openssl rand -base64 24 | tr -d '\n')
    openssl pkcs8 -topk8 -in "$name.key" -v2 des3 -v2prf hmacWithSHA256 -iter 2048 \
      -passout "pass:$password" -out "$name.p8"
    openssl x509 -in "$name.pem" -out "$name.crt"
    echo "    $name: {"
    echo "      password: '$password',"
    printf '      privateKey: `%s`,\n' "$(cat "$name.p8")"
    printf '      certificate: `%s`,\n' "$(cat "$name.crt")"
    echo '    },'
  done
  echo '  },'
done
echo '};'
