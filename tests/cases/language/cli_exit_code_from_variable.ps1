# Source: about_Language_Keywords (exit): exit takes an expression; $LASTEXITCODE of a native command can be passed on
sh -c 'exit 4'
"native said $LASTEXITCODE"
exit $LASTEXITCODE
