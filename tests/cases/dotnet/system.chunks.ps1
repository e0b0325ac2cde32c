# Source: .NET API docs, Guid.NewGuid and Guid.ToString format specifiers (format only)
$g = [guid]::NewGuid()
$g.GetType().FullName
$g.ToString() -match '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
$g.ToString('N').Length
$g.ToString('B').StartsWith('{')
[guid]::Empty
[guid]::Empty.ToString('N')
([guid]'0f8fad5b-d9cb-469f-a165-70867728950e').ToString().ToUpper()
[guid]::NewGuid() -ne [guid]::NewGuid()
#=>
# System.Guid
# True
# 32
# True
#
# Guid
# ----
# 00000000-0000-0000-0000-000000000000
# 00000000000000000000000000000000
# 0F8FAD5B-D9CB-469F-A165-70867728950E
# True
---
# Source: .NET API docs, System.IO.Path (Combine, GetFileName, GetExtension, GetFileNameWithoutExtension, GetDirectoryName) on Unix
[System.IO.Path]::Combine('/usr', 'local', 'bin')
[System.IO.Path]::Combine('a', '/abs')
[System.IO.Path]::GetFileName('/tmp/dir/report.txt')
[System.IO.Path]::GetExtension('/tmp/dir/report.tar.gz')
"[$([System.IO.Path]::GetExtension('/tmp/noext'))]"
[System.IO.Path]::GetFileNameWithoutExtension('/tmp/dir/report.txt')
[System.IO.Path]::GetDirectoryName('/tmp/dir/report.txt')
[System.IO.Path]::ChangeExtension('a/b.txt', '.md')
[System.IO.Path]::IsPathRooted('/x')
[System.IO.Path]::DirectorySeparatorChar
#=>
# /usr/local/bin
# /abs
# report.txt
# .gz
# []
# report
# /tmp/dir
# a/b.md
# True
# /
---
# Source: .NET API docs, Path.GetTempPath (ends with the separator) and GetRandomFileName (shape only)
[System.IO.Path]::GetTempPath().EndsWith('/')
[System.IO.Path]::GetTempPath().GetType().Name
[System.IO.Path]::GetRandomFileName() -match '^[a-z0-9]{8}\.[a-z0-9]{3}$'
#=>
# True
# String
# True
---
# Source: .NET API docs, System.Environment (NewLine; machine-specific values: types and shapes only)
[environment]::NewLine -eq "`n"
[environment]::NewLine.Length
[environment]::MachineName.GetType().Name
[environment]::UserName.GetType().Name
[environment]::ProcessorCount.GetType().Name
[environment]::ProcessorCount -ge 1
[environment]::OSVersion.GetType().Name
[environment]::OSVersion.Platform
[environment]::OSVersion.Version.GetType().Name
[environment]::Is64BitProcess.GetType().Name
#=>
# True
# 1
# String
# String
# Int32
# True
# OperatingSystem
# Unix
# Version
# Boolean
---
# Source: .NET API docs, Environment.GetEnvironmentVariable / SetEnvironmentVariable
[environment]::SetEnvironmentVariable('PYPOSH_TEST_VAR', 'hello')
[environment]::GetEnvironmentVariable('PYPOSH_TEST_VAR')
$env:PYPOSH_TEST_VAR
$null -eq [environment]::GetEnvironmentVariable('PYPOSH_NO_SUCH_VAR_X')
[environment]::GetEnvironmentVariables().GetType().Name
#=>
# hello
# hello
# True
# Hashtable
---
# Source: .NET API docs, System.Version ([version] cast, properties, comparison)
$v = [version]'1.2.3.4'
$v.Major
$v.Minor
$v.Build
$v.Revision
[version]'1.10' -gt [version]'1.9'
([version]'2.0').Build
[version]::new(3, 1).ToString()
$v.GetType().Name
#=>
# 1
# 2
# 3
# 4
# True
# -1
# 3.1
# Version
