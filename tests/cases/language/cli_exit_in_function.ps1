# Source: about_Language_Keywords (exit) / about_Pwsh: exit in a function ends the whole script
function f { 'in f'; exit 7; 'not reached' }
f
'after'
