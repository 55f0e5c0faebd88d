print("chronograph")
