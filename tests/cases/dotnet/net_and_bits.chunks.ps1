# Source: .NET API reference for System.Net.IPAddress (Parse, ToString, AddressFamily, GetAddressBytes, Loopback,
# IPv6Loopback, TryParse; "An invalid IP address was specified." is the FormatException's message),
# System.BitConverter (ToString: "hexadecimal pairs separated by hyphens"; GetBytes and To* read little-endian
# when IsLittleEndian is true), System.Type.GetProperties/GetMethod; the list of [ipaddress]::Loopback is
# PowerShell 7's output as published in the help of a script (Get-RandomIp: AddressFamily ... IPAddressToString).
[System.Net.IPAddress]::Parse('127.0.0.1').ToString()
([ipaddress]'10.1.2.3').AddressFamily
[ipaddress]::Parse('::1').AddressFamily
([ipaddress]'1.2.3.4').GetAddressBytes() -join '.'
[ipaddress]::IPv6Loopback.ToString()
$parsed = $null
[ipaddress]::TryParse('999.1.1.1', [ref]$parsed)
[ipaddress]::TryParse('192.168.0.1', [ref]$parsed)
$parsed.ToString()
#=>
# 127.0.0.1
# InterNetwork
# InterNetworkV6
# 1.2.3.4
# ::1
# False
# True
# 192.168.0.1
---
[ipaddress]::Loopback
#=>
# AddressFamily      : InterNetwork
# ScopeId            :
# IsIPv6Multicast    : False
# IsIPv6LinkLocal    : False
# IsIPv6SiteLocal    : False
# IsIPv6Teredo       : False
# IsIPv6UniqueLocal  : False
# IsIPv4MappedToIPv6 : False
# Address            : 16777343
# IPAddressToString  : 127.0.0.1
---
try { [ipaddress]'not an address' } catch { $_.Exception.Message }
#=>
# Cannot convert value "not an address" to type "System.Net.IPAddress". Error: "An invalid IP address was specified."
---
[System.Net.Dns]::GetHostAddresses('127.0.0.1')[0].ToString()
[System.Net.Dns]::GetHostName() -eq [System.Environment]::MachineName
#=>
# 127.0.0.1
# True
---
[BitConverter]::ToString([byte[]](1, 2, 255))
[BitConverter]::ToString([byte[]](1, 2, 3, 4), 1, 2)
[BitConverter]::GetBytes(1) -join ','
[BitConverter]::GetBytes([int16]-2) -join ','
[BitConverter]::ToInt32([byte[]](1, 0, 0, 0), 0)
[BitConverter]::ToUInt16([byte[]](255, 255), 0)
[BitConverter]::IsLittleEndian
#=>
# 01-02-FF
# 02-03
# 1,0,0,0
# 254,255
# 1
# 65535
# True
---
[string].GetMethod('Split').Name
'Length' -in [string].GetProperties().Name
class K { [int]$A; hidden [int]$B; [void] M() {} }
[K].GetProperties().Name
[K].GetMethod('M').Name
#=>
# Split
# True
# A
# M
