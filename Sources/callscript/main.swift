print("callscript")
